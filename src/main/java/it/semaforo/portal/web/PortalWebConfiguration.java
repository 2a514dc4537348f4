package it.semaforo.portal.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;
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
            Map<String, Object> page = new HashMap<>(model);
            page.put("status", status.value());
            return new ModelAndView("portal/error", page, status);
        };
    }

    /** Shows a signed-in customer's pages in the customer's language. */
    static final class CustomerLanguage implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null && authentication != null
                    && authentication.getPrincipal() instanceof PortalCustomer customer) {
                Locale language = Locale.forLanguageTag(customer.language());
                if (!language.getLanguage().equals(resolver.resolveLocale(request).getLanguage())) {
                    resolver.setLocale(request, response, language);
                }
            }
            return true;
        }
    }

    /** What every portal page knows: who is signed in (or null), and errors as portal pages. */
    @ControllerAdvice(basePackageClasses = PortalWebConfiguration.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class PortalPages {

        private final PortalProperties properties;

        PortalPages(PortalProperties properties) {
            this.properties = properties;
        }

        @ModelAttribute("customer")
        PortalCustomer customer() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof PortalCustomer customer
                    ? customer : null;
        }

        @ModelAttribute("renewalWindowDays")
        int renewalWindowDays() {
            return properties.renewalWindowDays();
        }

        @ExceptionHandler(NotFoundException.class)
        String notFound(HttpServletResponse response, Model model) {
            return page(response, model, HttpStatus.NOT_FOUND);
        }

        @ExceptionHandler({InvalidInputException.class, TypeMismatchException.class,
            MissingServletRequestParameterException.class})
        String badRequest(HttpServletResponse response, Model model) {
            return page(response, model, HttpStatus.BAD_REQUEST);
        }

        @ExceptionHandler(ConflictException.class)
        String conflict(HttpServletResponse response, Model model) {
            return page(response, model, HttpStatus.CONFLICT);
        }

        private static String page(HttpServletResponse response, Model model, HttpStatus status) {
            response.setStatus(status.value());
            model.addAttribute("status", status.value());
            return "portal/error";
        }
    }
}
