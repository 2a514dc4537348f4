package it.semaforo.credit.process;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditEvents.LightWorsened;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.notifications.Mail;
import it.semaforo.notifications.Notifications;

/**
 * Tells a customer's owners (seller and administration owner) by e-mail that the Check Monitor found the light
 * worse. One mail per owner and change: key {@code credit:<customerId>:worse:<changeId>:<userId>}, so a retried job
 * sends nothing twice. Address, first name and language (user info {@code language}) from the identity service.
 */
@Component
class CreditWorseningNotices {

    static final String TEMPLATE = "credit-worse";
    private static final String LANGUAGE_INFO = "language";

    private final Customers customers;
    private final Notifications notifications;
    private final IdentityService identity;
    private final MessageSource messages;

    CreditWorseningNotices(Customers customers, Notifications notifications, IdentityService identity,
                           MessageSource messages) {
        this.customers = customers;
        this.notifications = notifications;
        this.identity = identity;
        this.messages = messages;
    }

    @EventListener
    void notifyOwners(LightWorsened worsened) {
        Customer customer = customers.get(worsened.customerId());
        Set<String> owners = new LinkedHashSet<>(Stream.of(customer.getOwnerUserId(), customer.getAdminOwnerUserId())
                .filter(Objects::nonNull).toList());
        for (String userId : owners) {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                continue; // an owner removed from the identity service: nobody to write to
            }
            String language = "en".equalsIgnoreCase(identity.getUserInfo(userId, LANGUAGE_INFO)) ? "en" : "it";
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("firstName", user.getFirstName());
            model.put("customerId", String.valueOf(customer.getId()));
            model.put("customerName", customer.getName());
            Locale locale = Locale.forLanguageTag(language);
            model.put("before", messages.getMessage("console.light." + worsened.before(), null, locale));
            model.put("after", messages.getMessage("console.light." + worsened.after(), null, locale));
            notifications.send(new Mail("credit:" + customer.getId() + ":worse:" + worsened.changeId() + ":" + userId,
                    user.getEmail(), language, TEMPLATE, model, customer.getName()));
        }
    }
}
