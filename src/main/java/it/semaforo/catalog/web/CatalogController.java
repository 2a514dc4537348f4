package it.semaforo.catalog.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.catalog.Bank;
import it.semaforo.catalog.Catalog;
import it.semaforo.catalog.DeadlineSource;
import it.semaforo.catalog.DurationUnit;
import it.semaforo.catalog.NewProduct;
import it.semaforo.catalog.Product;
import it.semaforo.catalog.ProductKind;

@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalog", description = "Products and services with duration and reminder plan; sources and banks")
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    record ProductView(long id, String code, String name, ProductKind kind, int durationAmount,
                       DurationUnit durationUnit, BigDecimal listPrice, List<Integer> reminderOffsets, boolean active) {
        static ProductView of(Product p) {
            return new ProductView(p.getId(), p.getCode(), p.getName(), p.getKind(), p.getDuration().amount(),
                    p.getDuration().unit(), p.getListPrice(), p.getReminderOffsets(), p.isActive());
        }
    }

    record NewSource(@NotBlank @Size(max = 100) String name) {
    }

    record NewBank(@NotBlank @Size(max = 150) String name,
                   @Pattern(regexp = "\\d{5}", message = "{semaforo.bank.abi}") String abiCode) {
    }

    record ListItem(long id, String name, String abiCode, boolean active) {
    }

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a product or service; the reminder plan defaults to 60/30/7 days before expiry")
    ProductView addProduct(@Valid @RequestBody NewProduct request) {
        return ProductView.of(catalog.addProduct(request));
    }

    @GetMapping("/products")
    @Operation(summary = "All products and services, by name")
    List<ProductView> products() {
        return catalog.products().stream().map(ProductView::of).toList();
    }

    @PostMapping("/sources")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a source (provenienza)")
    ListItem addSource(@Valid @RequestBody NewSource request) {
        DeadlineSource source = catalog.addSource(request.name());
        return new ListItem(source.getId(), source.getName(), null, source.isActive());
    }

    @GetMapping("/sources")
    @Operation(summary = "Sources (provenienze)")
    List<ListItem> sources() {
        return catalog.sources().stream().map(s -> new ListItem(s.getId(), s.getName(), null, s.isActive())).toList();
    }

    @PostMapping("/banks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a bank (istituto bancario)")
    ListItem addBank(@Valid @RequestBody NewBank request) {
        Bank bank = catalog.addBank(request.name(), request.abiCode());
        return new ListItem(bank.getId(), bank.getName(), bank.getAbiCode(), bank.isActive());
    }

    @GetMapping("/banks")
    @Operation(summary = "Banks (istituti bancari)")
    List<ListItem> banks() {
        return catalog.banks().stream().map(b -> new ListItem(b.getId(), b.getName(), b.getAbiCode(), b.isActive())).toList();
    }
}
