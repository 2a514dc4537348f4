package it.semaforo.platform;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.platform.errors.Unauthorized;

/**
 * The security chain of a path that another system calls with a shared secret (the phone system, a credit provider's
 * client): stateless, no CSRF, HTTP Basic users not accepted, and without the right secret a localised 401
 * problem+json with its {@code WWW-Authenticate} challenge. Without a configured secret every request is refused.
 *
 * @param path          the path pattern the chain owns, e.g. {@code /api/telephony/**}
 * @param secret        the expected secret
 * @param presented     reads the secret the request carries (null when none)
 * @param principal     the name the caller is authenticated as
 * @param challenge     the {@code WWW-Authenticate} value of a 401
 * @param messageCode   the 401's detail, a message code
 * @param secretSetting the configuration key of the secret, named in the warning when it is not set
 */
public record SharedSecretSecurity(String path, SharedSecret secret, Function<HttpServletRequest, String> presented,
                                   String principal, String challenge, String messageCode, String secretSetting) {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSecretSecurity.class);

    public SecurityFilterChain build(HttpSecurity http, MessageSource messages, LocaleResolver locales,
                                     ObjectMapper json) throws Exception {
        if (!secret.isConfigured()) {
            LOG.warn("{} is not set: {} refuses every request", secretSetting, path);
        }
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> Unauthorized.write(request,
                response, messages.getMessage(messageCode, null, locales.resolveLocale(request)), challenge, json);
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(path))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new SecretFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Authenticates the request as the caller when it carries the right secret; otherwise leaves it be. */
    private final class SecretFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (secret.accepts(presented.apply(request))) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
