package it.semaforo.catalog;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.NotFoundException;

/** Products and services with their durations and reminder plans, plus the configuration lists. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final ProductRepository products;
    private final DeadlineSourceRepository sources;
    private final BankRepository banks;
    private final List<Integer> defaultReminderOffsets;

    Catalog(ProductRepository products, DeadlineSourceRepository sources, BankRepository banks,
            @Value("${semaforo.reminders.default-offsets}") List<Integer> defaultReminderOffsets) {
        this.products = products;
        this.sources = sources;
        this.banks = banks;
        this.defaultReminderOffsets = List.copyOf(defaultReminderOffsets);
    }

    @Transactional
    public Product addProduct(NewProduct request) {
        String code = request.code().strip().toUpperCase(Locale.ROOT);
        if (products.existsByCodeIgnoreCase(code)) {
            throw new ConflictException("code", "semaforo.product.duplicate", code);
        }
        List<Integer> offsets = request.reminderOffsets() == null ? defaultReminderOffsets : request.reminderOffsets();
        return products.save(new Product(code, request.name().strip(), request.kind(),
                new Duration(request.durationAmount(), request.durationUnit()), request.listPrice(), offsets));
    }

    public Product product(long id) {
        return products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    public List<Product> products() {
        return products.findAll(Sort.by("name"));
    }

    @Transactional
    public DeadlineSource addSource(String name) {
        if (sources.existsByNameIgnoreCase(name.strip())) {
            throw new ConflictException("name", "semaforo.list.duplicate", name.strip());
        }
        return sources.save(new DeadlineSource(name.strip()));
    }

    public DeadlineSource source(long id) {
        return sources.findById(id).orElseThrow(() -> new NotFoundException("Source", id));
    }

    public List<DeadlineSource> sources() {
        return sources.findAll(Sort.by("name"));
    }

    @Transactional
    public Bank addBank(String name, String abiCode) {
        if (banks.existsByNameIgnoreCase(name.strip())) {
            throw new ConflictException("name", "semaforo.list.duplicate", name.strip());
        }
        return banks.save(new Bank(name.strip(), abiCode));
    }

    public Bank bank(long id) {
        return banks.findById(id).orElseThrow(() -> new NotFoundException("Bank", id));
    }

    public List<Bank> banks() {
        return banks.findAll(Sort.by("name"));
    }
}
