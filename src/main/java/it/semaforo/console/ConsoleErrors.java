package it.semaforo.console;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

import it.semaforo.platform.web.ErrorPages;

/**
 * Errors of console pages are console pages (see {@link ErrorPages}). Ahead of the REST API's advice, and only for
 * console controllers.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors extends ErrorPages {

    /** An action the viewer's groups do not allow (such as changing a KPI without being a manager). */
    static class Forbidden extends RuntimeException {
        Forbidden() {
            super("forbidden");
        }
    }

    ConsoleErrors() {
        super("console/error");
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN);
    }
}
