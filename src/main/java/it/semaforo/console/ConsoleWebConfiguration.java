package it.semaforo.console;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import it.semaforo.platform.web.ErrorPages;

/**
 * Language: Italian by default, English available. {@code ?lang=en} / {@code ?lang=it} on any console page switches
 * and is remembered in a cookie; without the cookie the {@code Accept-Language} header decides (as the REST API has
 * always done), and without either, Italian.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "semaforo-lang";
    static final Set<String> LANGUAGES = Set.of("it", "en");

    /** Named {@code localeResolver} so that it replaces Spring Boot's Accept-Language-only resolver. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(ConsoleWebConfiguration::fromHeader);
        return resolver;
    }

    static Locale fromHeader(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ITALIAN : request.getLocale();
    }

    /** Errors outside console controllers (an unknown page, a refused CSRF token) as console error pages. */
    @Bean
    ErrorViewResolver consoleErrorPages() {
        return (request, status, model) -> ErrorPages.outsideControllers("console/error", model, status);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**");
    }

    /** {@code ?lang=it|en}: anything else is ignored. */
    static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if (lang != null && LANGUAGES.contains(lang)) {
                LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                if (resolver != null) {
                    resolver.setLocale(request, response, Locale.forLanguageTag(lang));
                }
            }
            return true;
        }
    }
}
