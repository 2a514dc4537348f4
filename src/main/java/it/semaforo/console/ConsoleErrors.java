package it.semaforo.console;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import jakarta.servlet.http.HttpServletResponse;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Errors of console pages are pages, not problem+json: a record that does not exist or that the viewer may not see
 * is a 404 page (the same answer for both, so nothing leaks), bad parameters a 400 page, a forbidden action a 403
 * page. Ahead of the REST API's advice, and only for console controllers.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    /** An action the viewer's groups do not allow (such as changing a KPI without being a manager). */
    static class Forbidden extends RuntimeException {
        Forbidden() {
            super("forbidden");
        }
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({InvalidInputException.class, TypeMismatchException.class, BindException.class,
        MissingServletRequestParameterException.class, HandlerMethodValidationException.class})
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
        return "console/error";
    }
}
