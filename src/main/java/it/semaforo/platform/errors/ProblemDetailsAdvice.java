package it.semaforo.platform.errors;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Every error of the REST API is {@code application/problem+json} (RFC 9457). Bad input is a 400 whose
 * {@code errors} property names each field with a message in the caller's language; it is never a 500.
 */
@RestControllerAdvice(basePackages = "it.semaforo")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://semaforo.it/problems/validation");

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid field: its JSON name (or request parameter) and why. */
    record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = text("error.body.unreadable");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            message = text("error.field.format");
        }
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        return ResponseEntity.badRequest()
                .body(validationProblem(List.of(new FieldError(field, text("error.field.format")))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        String message = messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldError(ex.field(), message))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        String message = messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(ex.field(), message)));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        String message = messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(ex.field(), message)));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** A domain service refused the caller (its message is a message code): 403, not the security filter's page. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        String message = messages.getMessage(ex.getMessage(), null, text("error.forbidden"),
                LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message));
    }

    /** Someone else changed the same record meanwhile (its version moved on): 409, try again. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.concurrentChange")));
    }

    private ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.validation"));
        problem.setType(VALIDATION);
        problem.setTitle(text("error.validation.title"));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
