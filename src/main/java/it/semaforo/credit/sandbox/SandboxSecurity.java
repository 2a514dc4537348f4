package it.semaforo.credit.sandbox;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.platform.SharedSecret;
import it.semaforo.platform.errors.Unauthorized;

/**
 * {@code /sandbox/credit/**} is a provider's API, not a user endpoint: callers authenticate with the API key
 * {@code semaforo.credit.sandbox.api-key} in the {@code X-Api-Key} header, as with a real provider. HTTP Basic
 * users are not accepted, no session is kept, no CSRF token is asked; without the right key the answer is a 401
 * problem+json, and without a configured key every request is refused. Ordered before the other chains.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnCreditSandbox
class SandboxSecurity {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxSecurity.class);

    @Bean
    @Order(0)
    SecurityFilterChain creditSandboxFilterChain(HttpSecurity http,
                                                 @Value("${semaforo.credit.sandbox.api-key:}") String apiKey,
                                                 MessageSource messages, LocaleResolver locales, ObjectMapper json)
            throws Exception {
        SharedSecret expected = new SharedSecret(apiKey);
        if (!expected.isConfigured()) {
            LOG.warn("semaforo.credit.sandbox.api-key is not set: /sandbox/credit refuses every request");
        }
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> Unauthorized.write(request,
                response, messages.getMessage("semaforo.sandbox.unauthorized", null, locales.resolveLocale(request)),
                "ApiKey header=\"" + API_KEY_HEADER + "\"", json);
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/sandbox/credit/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new ApiKeyFilter(expected), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Authenticates the request as the provider's client when it carries the right key; otherwise leaves it be. */
    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final SharedSecret expected;

        ApiKeyFilter(SharedSecret expected) {
            this.expected = expected;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (expected.accepts(request.getHeader(API_KEY_HEADER))) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("credit-sandbox-client",
                        null, List.of(new SimpleGrantedAuthority("ROLE_CREDIT_PROVIDER_CLIENT"))));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
