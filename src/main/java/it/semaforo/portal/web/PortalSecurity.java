package it.semaforo.portal.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import it.semaforo.portal.PortalAccess;
import it.semaforo.portal.PortalCustomer;

/**
 * {@code /portal/**} belongs to customers, not to staff: its own chain, ahead of the console's. A customer is signed
 * in by the portal session cookie alone (no servlet session, no password, a console sign-in counts for nothing
 * here); without one, every portal page but sign-in redirects to sign-in and remembers where it was going. CSRF
 * tokens travel in a cookie of their own, so the sign-in forms work before any session exists. Pages are framed by
 * nobody, and no referrer leaves them (the sign-in page's address holds its token).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    static final String ROLE = "PORTAL_CUSTOMER";

    @Bean
    @Order(2)
    SecurityFilterChain portalFilterChain(HttpSecurity http, PortalAccess access, PortalCookies cookies)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(PortalCookies.CSRF_COOKIE);
        csrfTokens.setCookiePath("/portal");
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(cookies.secure()).sameSite("Lax"));
        return http
                .securityMatcher(path("/portal/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/portal/login"), path("/portal/access/**")).permitAll()
                        .anyRequest().hasRole(ROLE))
                .addFilterBefore(new SessionCookieFilter(access, cookies), AnonymousAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // the token stays the same across requests (a signed-in request is no new sign-in), so a form
                // submitted twice carries a valid token twice and lands on the same renewal order
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(PortalSecurity::toSignIn))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** To the sign-in page; a page that was being opened (GET) opens again right after sign-in. */
    private static void toSignIn(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException notSignedIn) throws IOException {
        String signIn = request.getContextPath() + "/portal/login";
        if (HttpMethod.GET.matches(request.getMethod())) {
            signIn += "?next=" + URLEncoder.encode(request.getRequestURI().substring(request.getContextPath().length()),
                    StandardCharsets.UTF_8);
        }
        response.sendRedirect(signIn);
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Signs the request in as the customer whose live portal session the cookie names; otherwise leaves it be. */
    private static final class SessionCookieFilter extends OncePerRequestFilter {

        private final PortalAccess access;
        private final PortalCookies cookies;

        SessionCookieFilter(PortalAccess access, PortalCookies cookies) {
            this.access = access;
            this.cookies = cookies;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            cookies.sessionToken(request).flatMap(access::customerOf).ifPresent(customer -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(customer, null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                SecurityContextHolder.setContext(context);
            });
            chain.doFilter(request, response);
        }
    }

    /** The signed-in customer of a portal request (the chain guarantees one on every page but sign-in). */
    static PortalCustomer customer() {
        return signedIn().orElseThrow();
    }

    /** The signed-in customer, if any (the sign-in pages are open to everybody). */
    static Optional<PortalCustomer> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalCustomer customer
                ? Optional.of(customer) : Optional.empty();
    }
}
