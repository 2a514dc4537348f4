package it.semaforo.deals.web;

import java.lang.reflect.Method;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Rights first, input second: a caller who may not do something gets 403 whatever they send, and only then is the
 * body checked with Bean Validation, answered exactly as {@code @Valid} would (as the KPI API does).
 */
@Component
class RequestGuards {

    private final SmartValidator validator;

    RequestGuards(SmartValidator validator) {
        this.validator = validator;
    }

    /** The request body parameter of a controller method, for the validation errors. */
    static MethodParameter bodyOf(Class<?> controller, String methodName) {
        Method method = ReflectionUtils.findMethod(controller, methodName, (Class<?>[]) null);
        for (int index = 0; index < method.getParameterCount(); index++) {
            if (method.getParameters()[index].isAnnotationPresent(RequestBody.class)) {
                return new MethodParameter(method, index);
            }
        }
        throw new IllegalArgumentException(methodName + " has no request body");
    }

    /** Bean Validation of the body; errors as a 400 naming each field. */
    <T> T valid(T body, MethodParameter parameter) throws MethodArgumentNotValidException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(body, parameter.getParameterName() == null
                ? "body" : parameter.getParameterName());
        validator.validate(body, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(parameter, errors);
        }
        return body;
    }
}
