package it.semaforo.platform.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Errors of HTML pages are pages, not problem+json: a record that does not exist or that the reader may not see is a
 * 404 page (the same answer for both, so nothing leaks), bad parameters a 400 page, a forbidden action a 403 page, a
 * conflict a 409 page. A site's {@code @ControllerAdvice} (the console, the portal) extends this with its error view,
 * which gets the {@code status}.
 */
public abstract class ErrorPages {

    private final String view;

    protected ErrorPages(String view) {
        this.view = view;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String accessDenied(HttpServletResponse response, Model model) {
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

    /** The error view of an error outside any controller (an unknown page, a refused CSRF token), for an ErrorViewResolver. */
    public static ModelAndView outsideControllers(String view, Map<String, Object> model, HttpStatus status) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("status", status.value());
        return new ModelAndView(view, page, status);
    }

    protected String page(HttpServletResponse response, Model model, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return view;
    }
}
