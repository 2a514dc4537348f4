package it.semaforo.platform;

import java.util.LinkedHashMap;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Security is on for every path.
 * <ul>
 * <li>{@code /api/**} and {@code /engine-rest/**}: stateless HTTP Basic against Camunda's identity service;
 * no session, so no CSRF token is needed.</li>
 * <li>{@code /camunda/**}: the Camunda webapps sign users in themselves (same identity service) and carry their
 * own CSRF protection; the initial-setup endpoint is refused because users are provisioned by configuration.</li>
 * <li>everything else (the console): session form login on {@code /login}, CSRF on; signed-in users only.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Semaforo");
        return http
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                // the webapps send their own X-XSRF-TOKEN, checked by Camunda's CsrfPreventionFilter
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /**
     * The console and everything else: session form login on the console's own page ({@code /login}), sign-out
     * with {@code POST /logout}, CSRF on (htmx sends the token as a header), a strict Content-Security-Policy (every
     * script and style is served by the app). Static assets, the sign-in page and health are open. An htmx request
     * whose session has ended gets 401 with {@code HX-Redirect} to the sign-in page instead of a page fragment.
     */
    @Bean
    @Order(3)
    SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint htmxEntryPoint = (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.sendError(HttpStatus.UNAUTHORIZED.value());
        };
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(new RequestHeaderRequestMatcher("HX-Request", "true"), htmxEntryPoint);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health/**"), path("/error"), path("/login"),
                                path("/css/**"), path("/js/**"), path("/img/**"), path("/webjars/**"),
                                path("/favicon.ico"), path("/favicon.svg")).permitAll()
                        // private calendar feeds: the secret token in the URL is the key (calendar clients cannot sign in)
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Path patterns that also match servlets outside Spring MVC (Camunda's Jersey REST API, the webapps). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Hands the user Spring Security authenticated to the engine, so that Camunda's authorization checks apply
     * to {@code /engine-rest} calls as the calling user.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setName("camunda-engine-rest-authentication");
        registration.setOrder(Integer.MAX_VALUE - 10);
        return registration;
    }
}
