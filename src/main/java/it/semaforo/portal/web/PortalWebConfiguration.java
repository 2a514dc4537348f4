package it.semaforo.portal.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import it.semaforo.platform.web.ErrorPages;
import it.semaforo.portal.PortalCustomer;
import it.semaforo.portal.PortalProperties;

/**
 * The portal speaks the signed-in customer's language (before sign-in: the browser's, or {@code ?lang=}), and its
 * errors are portal pages: a service or order that does not exist or is another customer's is the same 404 page.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CustomerLanguage()).addPathPatterns("/portal/**");
    }

    /** Errors outside portal controllers on portal paths (an unknown page, a refused CSRF token) as portal pages. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ErrorViewResolver portalErrorPages() {
        return (request, status, model) -> {
            Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (path == null || !path.toString().startsWith(request.getContextPath() + "/portal")) {
                return null;
            }
            return ErrorPages.outsideControllers("portal/error", model, status);
        };
    }

    /** Shows a signed-in customer's pages in the customer's language. */
    static final class CustomerLanguage implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            PortalSecurity.signedIn().filter(customer -> resolver != null).ifPresent(customer -> {
                Locale language = Locale.forLanguageTag(customer.language());
                if (!language.getLanguage().equals(resolver.resolveLocale(request).getLanguage())) {
                    resolver.setLocale(request, response, language);
                }
            });
            return true;
        }
    }

    /** What every portal page knows: who is signed in (or null); and errors as portal pages. */
    @ControllerAdvice(basePackageClasses = PortalWebConfiguration.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class PortalPages extends ErrorPages {

        private final PortalProperties properties;

        PortalPages(PortalProperties properties) {
            super("portal/error");
            this.properties = properties;
        }

        @ModelAttribute("customer")
        PortalCustomer customer() {
            return PortalSecurity.signedIn().orElse(null);
        }

        @ModelAttribute("renewalWindowDays")
        int renewalWindowDays() {
            return properties.renewalWindowDays();
        }
    }
}
