package it.semaforo.deals.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.deals.DealAttributeChange;
import it.semaforo.deals.DealAttributes;
import it.semaforo.deals.NewDealAttribute;
import it.semaforo.deals.web.DealViews.AttributeView;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

@RestController
@RequestMapping("/api/deal-attributes")
@Tag(name = "Deal attributes", description = "Typed attributes managers define for every deal")
class DealAttributeController {

    private static final MethodParameter DEFINE_BODY = RequestGuards.bodyOf(DealAttributeController.class, "define");
    private static final MethodParameter CHANGE_BODY = RequestGuards.bodyOf(DealAttributeController.class, "change");

    private final DealAttributes attributes;
    private final RequestGuards guards;

    DealAttributeController(DealAttributes attributes, RequestGuards guards) {
        this.attributes = attributes;
        this.guards = guards;
    }

    @GetMapping
    @Operation(summary = "Every deal attribute, active or not, by code; label in the request language")
    List<AttributeView> all() {
        return attributes.all().stream().map(a -> AttributeView.of(a, LocaleContextHolder.getLocale())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a deal attribute (managers)",
            description = "code, labels, type NUMBER/MONEY/TEXT/CHOICE/DATE, choices (CHOICE only)")
    @ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
    @ApiResponse(responseCode = "409", description = "An attribute with that code exists")
    AttributeView define(@RequestBody NewDealAttribute request) throws MethodArgumentNotValidException {
        managersOnly();
        return AttributeView.of(attributes.define(guards.valid(request, DEFINE_BODY)), LocaleContextHolder.getLocale());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change an attribute's labels, choices, required and active flags (managers)")
    @ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
    AttributeView change(@PathVariable String code, @RequestBody DealAttributeChange change)
            throws MethodArgumentNotValidException {
        managersOnly();
        return AttributeView.of(attributes.change(code, guards.valid(change, CHANGE_BODY)),
                LocaleContextHolder.getLocale());
    }

    private static void managersOnly() {
        if (!Viewer.current().isMemberOf(Groups.MANAGERS)) {
            throw Forbidden.because("semaforo.attribute.managersOnly");
        }
    }
}
