package it.semaforo.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;

import it.semaforo.catalog.Catalog;
import it.semaforo.catalog.DurationUnit;
import it.semaforo.catalog.NewProduct;
import it.semaforo.catalog.Product;
import it.semaforo.catalog.ProductKind;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deadlines.NewRecallAction;
import it.semaforo.deadlines.RecallAction;
import it.semaforo.deadlines.RecallActions;
import it.semaforo.deadlines.RecallType;
import it.semaforo.deadlines.Renewal;

/**
 * Sample data for the demo profile, created through the domain services (so every deadline gets its process):
 * eleven customers (some of sara's, some of another seller, some of nobody), three products and deadlines laid out
 * around today so that the dashboard has something in every widget and the built-in KPIs show every colour:
 * <ul>
 * <li>7 active deadlines expiring within 30 days (CONTRACTS_EXPIRING: red from 6), 3 of them within 7 days;</li>
 * <li>their amounts plus those up to 60 days stay under 5,000 EUR (REVENUE_EXPIRING green);</li>
 * <li>2 overdue recall actions not done (OVERDUE_RECALLS: yellow from 1, red from 5) and 2 due today;</li>
 * <li>deadlines further ahead, a renewed one and a cancelled one for the timelines.</li>
 * </ul>
 */
class DemoData {

    static final String SELLER = "sara";
    static final String OTHER_SELLER = "marco";

    /** What one run created, by id. */
    record Seeded(List<Long> customerIds, List<Long> productIds, List<Long> deadlineIds, List<Long> recallActionIds) {
    }

    private final Customers customers;
    private final Catalog catalog;
    private final Deadlines deadlines;
    private final RecallActions recallActions;

    private final List<Long> customerIds = new ArrayList<>();
    private final List<Long> productIds = new ArrayList<>();
    private final List<Long> deadlineIds = new ArrayList<>();
    private final List<Long> recallActionIds = new ArrayList<>();

    DemoData(Customers customers, Catalog catalog, Deadlines deadlines, RecallActions recallActions) {
        this.customers = customers;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.recallActions = recallActions;
    }

    /** Whether the anagrafica is still empty, the only case in which the demo seeder adds anything. */
    boolean nothingYet() {
        return customers.search(null, null, PageRequest.of(0, 1)).isEmpty();
    }

    /** Creates the sample data; call inside one transaction, so that a failure leaves nothing half done. */
    Seeded seed() {
        LocalDate today = deadlines.today();

        Product assistance = product("ASSIST-ANNUALE", "Assistenza annuale", ProductKind.SERVICE, 1,
                DurationUnit.YEARS, "450.00", null);
        Product licence = product("LIC-MENSILE", "Licenza gestionale mensile", ProductKind.PRODUCT, 1,
                DurationUnit.MONTHS, "39.00", List.of(7, 2));
        Product warranty = product("GARANZIA-2A", "Garanzia estesa 2 anni", ProductKind.PRODUCT, 2,
                DurationUnit.YEARS, "290.00", null);

        Customer rossi = customer(CustomerKind.CUSTOMER, "Rossi Impianti S.r.l.", "04829170150", null,
                "info@rossiimpianti.it", SELLER, "02 4851 2201", "MI", "Impianti", 24);
        Customer bianchi = customer(CustomerKind.CUSTOMER, "Bianchi Logistica S.p.A.", "07315620588", null,
                "amministrazione@bianchilogistica.it", SELLER, "06 3321 7780", "RM", "Logistica", 85);
        Customer verdi = customer(CustomerKind.CUSTOMER, "Studio Associato Verdi", "02193840374", null,
                "studio@verdiassociati.it", null, "045 803 1122", "VR", "Servizi professionali", 6);
        Customer ferrari = customer(CustomerKind.CUSTOMER, "Ferrari Arredamenti S.n.c.", "09472050484", null,
                "ordini@ferrariarredamenti.it", OTHER_SELLER, "055 274 9031", "FI", "Arredamento", 12);
        Customer esposito = customer(CustomerKind.CUSTOMER, "Esposito Alimentari S.r.l.", "03581290214", null,
                "contabilita@espositoalimentari.it", null, "081 552 6640", "NA", "Alimentare", 40);
        Customer romano = customer(CustomerKind.CUSTOMER, "Romano Costruzioni S.r.l.", "08124630636", null,
                "ufficio@romanocostruzioni.it", SELLER, "0362 923 415", "MB", "Edilizia", 55);
        Customer colombo = customer(CustomerKind.CUSTOMER, "Colombo Tecnologie S.r.l.", "06750340017", null,
                "it@colombotecnologie.it", OTHER_SELLER, "011 562 0198", "TO", "Informatica", 18);
        Customer ricci = customer(CustomerKind.CUSTOMER, "Ricci & Figli S.a.s.", "05901270271", null,
                "info@riccifigli.it", null, "049 875 3310", "PD", "Meccanica", 30);
        customer(CustomerKind.PROSPECT, "Marino Trasporti S.r.l.", "01648750980", null,
                "direzione@marinotrasporti.it", SELLER, "347 118 2290", "MI", "Logistica", 22);
        customer(CustomerKind.SUPPLIER, "Greco Forniture Ufficio S.r.l.", "04295630729", null,
                "vendite@grecoforniture.it", null, "080 521 7764", "BA", "Forniture ufficio", 9);
        Customer conti = customer(CustomerKind.CUSTOMER, "Lucia Verdi", null, "VRDLCU82M45L219I",
                "lucia.verdi@example.it", null, "333 402 7781", "VR", null, null);

        // 7 active deadlines expiring within 30 days; 3 of them within 7 days (the dashboard's renewals)
        Deadline rossiAssistance = deadline(rossi, assistance, today.plusDays(2), 1, null);
        Deadline bianchiLicence = deadline(bianchi, licence, today.plusDays(5), 3, null);
        Deadline verdiWarranty = deadline(verdi, warranty, today.plusDays(7), 1, null);
        deadline(ferrari, assistance, today.plusDays(12), 1, null);
        deadline(esposito, licence, today.plusDays(18), 2, null);
        deadline(romano, warranty, today.plusDays(24), 1, null);
        deadline(colombo, assistance, today.plusDays(29), 1, null);
        // within 60 days and further ahead
        deadline(ricci, assistance, today.plusDays(45), 1, null);
        deadline(esposito, assistance, today.plusDays(90), 1, null);
        deadline(rossi, warranty, today.plusDays(120), 1, null);
        deadline(bianchi, assistance, today.plusDays(200), 1, "Include due interventi on-site");
        deadline(conti, assistance, today.plusDays(300), 1, null);
        // history: a period renewed early (its next period ends a year later) and a cancelled licence
        Deadline renewed = deadline(romano, assistance, today.plusDays(3), 1, null);
        deadlineIds.add(deadlines.renew(renewed.getId(), Renewal.SAME_TERMS).getId());
        Deadline cancelled = deadline(colombo, licence, today.plusDays(10), 1, null);
        deadlines.cancel(cancelled.getId());

        // 2 overdue recall actions, 2 due today, 1 done, 1 planned
        recall(ferrari, null, today.minusDays(3), RecallType.CALL, "Richiamare per il rinnovo dell'assistenza");
        recall(rossi, rossiAssistance, today.minusDays(1), RecallType.CALL, "Proporre il rinnovo anticipato");
        recall(bianchi, bianchiLicence, today, RecallType.EMAIL, "Inviare l'offerta per 3 licenze");
        recall(verdi, verdiWarranty, today, RecallType.CALL, "Verificare l'estensione della garanzia");
        RecallAction call = recall(esposito, null, today.minusDays(10), RecallType.VISIT, "Visita in sede");
        recallActions.complete(call.getId());
        recall(romano, null, today.plusDays(5), RecallType.CALL, "Presentare la nuova garanzia");

        return new Seeded(List.copyOf(customerIds), List.copyOf(productIds), List.copyOf(deadlineIds),
                List.copyOf(recallActionIds));
    }

    private Product product(String code, String name, ProductKind kind, int amount, DurationUnit unit, String price,
                            List<Integer> reminders) {
        Product product = catalog.products().stream().filter(p -> p.getCode().equals(code)).findFirst()
                .orElseGet(() -> catalog.addProduct(new NewProduct(code, name, kind, amount, unit,
                        new BigDecimal(price), reminders)));
        productIds.add(product.getId());
        return product;
    }

    private Customer customer(CustomerKind kind, String name, String vatNumber, String taxCode, String email,
                              String owner, String phone, String province, String sector, Integer employees) {
        Customer customer = customers.create(new NewCustomer(kind, name, vatNumber, taxCode, email, "it", owner,
                phone, null, province, null, sector, employees));
        customerIds.add(customer.getId());
        return customer;
    }

    /** A period ending on {@code expiry} that started one product duration before. */
    private Deadline deadline(Customer customer, Product product, LocalDate expiry, int quantity, String notes) {
        LocalDate start = product.getDuration().addTo(expiry, -1).plusDays(1);
        Deadline deadline = deadlines.create(new NewDeadline(customer.getId(), product.getId(), null, quantity, null,
                notes, start, expiry, null, null));
        deadlineIds.add(deadline.getId());
        return deadline;
    }

    private RecallAction recall(Customer customer, Deadline deadline, LocalDate due, RecallType type, String note) {
        RecallAction action = recallActions.plan(new NewRecallAction(customer.getId(),
                deadline == null ? null : deadline.getId(), due, type, note), SELLER);
        recallActionIds.add(action.getId());
        return action;
    }
}
