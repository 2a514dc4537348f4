package it.semaforo.customers;

import static it.semaforo.Api.randomPartitaIva;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import it.semaforo.IntegrationTest;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;

/** {@link Customers#merge}: found by partita IVA, then codice fiscale, then e-mail; only differing given values. */
@IntegrationTest
@RecordApplicationEvents
class CustomerMergeTest {

    @Autowired
    Customers customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private static String email() {
        return "merge-" + UUID.randomUUID().toString().substring(0, 12) + "@example.it";
    }

    private static NewCustomer row(CustomerKind kind, String name, String vat, String taxCode, String email) {
        return new NewCustomer(kind, name, vat, taxCode, email, null, null);
    }

    private static NewCustomer row(String name, String vat, String taxCode, String email, String phone, String city) {
        return new NewCustomer(CustomerKind.PROSPECT, name, vat, taxCode, email, null, null, phone, city, null, null,
                null, null);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
    }

    private long savedEvents(long id) {
        return events.stream(CustomerEvents.CustomerSaved.class).filter(e -> e.customerId() == id).count();
    }

    /** A codice fiscale not used by any other test: a company's 11 digits, which follow the partita IVA rule. */
    private static String companyTaxCode() {
        return randomPartitaIva();
    }

    @Test
    void findsByPartitaIvaThenCodiceFiscaleThenEmail() {
        String emailOfZ = email();
        // Z is the oldest with its e-mail, also once X and Y take it over
        Customer z = customers.get(customers.merge(row(CustomerKind.PROSPECT, "Z", null, null, emailOfZ))
                .customerId());
        Customer x = customers.create(row(CustomerKind.CUSTOMER, "X", randomPartitaIva(), null, email()));
        Customer y = customers.create(row(CustomerKind.CUSTOMER, "Y", null, companyTaxCode(), email()));

        // partita IVA wins over e-mail
        CustomerMerge first = customers.merge(row(CustomerKind.PROSPECT, "X nuovo", x.getVatNumber(), null,
                emailOfZ));
        // no partita IVA: codice fiscale wins over e-mail
        CustomerMerge second = customers.merge(row(CustomerKind.PROSPECT, "Y nuovo", null, y.getTaxCode(),
                emailOfZ.toUpperCase()));
        // only the e-mail, in another case
        CustomerMerge third = customers.merge(row(CustomerKind.PROSPECT, "Z nuovo", null, null,
                " " + emailOfZ.toUpperCase() + " "));

        assertThat(first).isEqualTo(new CustomerMerge(CustomerMerge.Outcome.UPDATED, x.getId()));
        assertThat(second).isEqualTo(new CustomerMerge(CustomerMerge.Outcome.UPDATED, y.getId()));
        assertThat(third).isEqualTo(new CustomerMerge(CustomerMerge.Outcome.UPDATED, z.getId()));
        assertThat(customers.get(x.getId()).getName()).isEqualTo("X nuovo");
        assertThat(customers.get(y.getId()).getName()).isEqualTo("Y nuovo");
        assertThat(customers.get(z.getId()).getName()).isEqualTo("Z nuovo");
    }

    @Test
    void takesOnlyGivenValuesThatDifferAndKeepsKindOwnersAndProspectState() {
        String vat = randomPartitaIva();
        Customer original = customers.create(new NewCustomer(CustomerKind.CUSTOMER, "Verdi Srl", vat, null,
                "info@verdi.example", "en", "sara", "+390212345678", "Milano", "MI", "Lombardia", "Edilizia", 10));
        long versionBefore = version(original.getId());
        long eventsBefore = savedEvents(original.getId());

        CustomerMerge same = customers.merge(row("Verdi Srl", "IT " + vat, null, null, "02 1234 5678", null));
        assertThat(same.outcome()).isEqualTo(CustomerMerge.Outcome.UNCHANGED);
        assertThat(version(original.getId())).isEqualTo(versionBefore);
        assertThat(savedEvents(original.getId())).isEqualTo(eventsBefore);

        CustomerMerge changed = customers.merge(row("Verdi Srl", vat, null, null, null, "Monza"));
        assertThat(changed.outcome()).isEqualTo(CustomerMerge.Outcome.UPDATED);
        assertThat(version(original.getId())).isEqualTo(versionBefore + 1);
        assertThat(savedEvents(original.getId())).isEqualTo(eventsBefore + 1);
        Customer merged = customers.get(original.getId());
        assertThat(merged.getCity()).isEqualTo("Monza");
        assertThat(merged.getEmail()).isEqualTo("info@verdi.example");
        assertThat(merged.getPhone()).isEqualTo("+390212345678");
        assertThat(merged.getProvince()).isEqualTo("MI");
        assertThat(merged.getEmployees()).isEqualTo(10);
        assertThat(merged.getLanguage()).isEqualTo("en");
        assertThat(merged.getKind()).as("a prospect row does not demote a customer").isEqualTo(CustomerKind.CUSTOMER);
        assertThat(merged.getOwnerUserId()).isEqualTo("sara");
        assertThat(merged.getProspectState()).isNull();
    }

    @Test
    void createsWhenNothingMatchesAndPublishesTheSave() {
        String email = email();
        CustomerMerge created = customers.merge(row(CustomerKind.PROSPECT, "Solo e-mail", null, null, email));

        assertThat(created.outcome()).isEqualTo(CustomerMerge.Outcome.CREATED);
        Customer stored = customers.get(created.customerId());
        assertThat(stored.getEmail()).isEqualTo(email);
        assertThat(stored.getProspectState()).isEqualTo(ProspectState.IN_PROGRESS);
        assertThat(savedEvents(created.customerId())).isEqualTo(1);
    }

    @Test
    void refusesRowsWithoutKeyOrThatWouldMergeDifferentSubjects() {
        assertThatThrownBy(() -> customers.merge(row(CustomerKind.CUSTOMER, "Senza", null, null, email())))
                .isInstanceOf(InvalidInputException.class).hasMessage("semaforo.customer.taxIdRequired");
        assertThatThrownBy(() -> customers.merge(row(CustomerKind.PROSPECT, "Senza", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("semaforo.customer.mergeKeyRequired");
        assertThatThrownBy(() -> customers.merge(row(CustomerKind.PROSPECT, "Rotta", "12345678901", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("semaforo.vatNumber.invalid");

        String taxCode = companyTaxCode();
        Customer stored = customers.create(row(CustomerKind.CUSTOMER, "Con CF", randomPartitaIva(), taxCode, null));
        assertThatThrownBy(() -> customers.merge(row(CustomerKind.CUSTOMER, "Altro", randomPartitaIva(), taxCode,
                null))).isInstanceOf(ConflictException.class).hasMessage("semaforo.customer.mergeConflict");
        assertThat(customers.get(stored.getId()).getName()).isEqualTo("Con CF");
    }
}
