package it.semaforo.telephony;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import it.semaforo.Api;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;
import it.semaforo.customers.PhoneNumbers;
import it.semaforo.deals.Deal;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewDeal;

/** Customers with their own phone number and deals for telephony tests (the database is shared: all fresh). */
@Component
public class TelephonyFixtures {

    private final Customers customers;
    private final Deals deals;

    TelephonyFixtures(Customers customers, Deals deals) {
        this.customers = customers;
        this.deals = deals;
    }

    /** An Italian mobile number nobody has yet, written as people type it: "347 123 4567". */
    public static String newMobileNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String number;
        do {
            number = "34" + random.nextInt(10) + " " + (100 + random.nextInt(900)) + " "
                    + (1000 + random.nextInt(9000));
        } while (PhoneNumbers.normalise(number).isEmpty());
        return number;
    }

    public Customer customer(String phone) {
        return customer(phone, null);
    }

    public Customer customer(String phone, String sector) {
        String vat = Api.randomPartitaIva();
        return customers.create(new NewCustomer(CustomerKind.CUSTOMER, "Cliente " + vat, vat, null,
                "c" + vat + "@example.it", "it", "sara", phone, "Monza", "mb", "Lombardia", sector, 12));
    }

    public Deal openDeal(Customer customer, String title) {
        return deals.open(new NewDeal(customer.getId(), null, title, null));
    }
}
