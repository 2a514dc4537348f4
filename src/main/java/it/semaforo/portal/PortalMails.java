package it.semaforo.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.notifications.Mail;
import it.semaforo.notifications.Notifications;
import it.semaforo.platform.Money;
import it.semaforo.portal.PortalViews.PlacedOrder;

/** The portal's e-mails: the sign-in link and the renewal confirmation, in the customer's language. */
@Service
public class PortalMails implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PortalMails.class);

    private final Notifications notifications;
    private final PortalAccess access;
    private final PortalServices services;
    private final Customers customers;
    private final PortalProperties properties;
    private final String publicBaseUrl;
    /** Sign-in links leave after the answer, so that its timing does not tell a customer's address from others. */
    private final ThreadPoolTaskExecutor linkSender = new ThreadPoolTaskExecutor();

    PortalMails(Notifications notifications, PortalAccess access, PortalServices services, Customers customers,
                PortalProperties properties, @Value("${semaforo.public-base-url}") String publicBaseUrl) {
        this.notifications = notifications;
        this.access = access;
        this.services = services;
        this.customers = customers;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        linkSender.setThreadNamePrefix("portal-link-");
        linkSender.setCorePoolSize(1);
        linkSender.setMaxPoolSize(2);
        linkSender.setQueueCapacity(500);
        linkSender.initialize();
    }

    static String linkKey(long linkId) {
        return "portal:login:" + linkId;
    }

    static String confirmationKey(long orderId) {
        return "portal:renewal:" + orderId + ":confirmation";
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void linkIssued(PortalAccess.LinkIssued issued) {
        linkSender.execute(() -> {
            try {
                sendLink(issued);
            } catch (RuntimeException failure) {
                // the customer asks for another link; the outbox shows the failed one
                log.warn("Sign-in link {} not sent: {}", issued.linkId(), failure.toString());
            }
        });
    }

    private void sendLink(PortalAccess.LinkIssued issued) {
        PortalCustomer customer = access.customerWithEmail(issued.email()).orElse(null);
        if (customer == null) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", customer.name());
        model.put("link", publicBaseUrl + "/portal/access/" + issued.token());
        model.put("minutes", properties.linkValidity().toMinutes());
        // the body holds the secret link: the outbox keeps only the subject
        notifications.sendConfidential(new Mail(linkKey(issued.linkId()), issued.email(), customer.language(),
                "portal-login-link", model));
    }

    /** The confirmation of a renewal ordered on the portal; once per order, retried by its job when SMTP fails. */
    public boolean sendRenewalConfirmation(long orderId) {
        PlacedOrder placed = services.order(orderId);
        RenewalOrder order = placed.order();
        Customer customer = customers.get(order.getCustomerId());
        Locale locale = Locale.forLanguageTag(customer.getLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", customer.getName());
        model.put("productName", placed.productName());
        model.put("description", placed.description());
        model.put("periodStart", longDate(order.getPeriodStart(), locale));
        model.put("periodEnd", longDate(order.getPeriodEnd(), locale));
        model.put("price", Money.format(order.getAmount(), locale));
        model.put("reference", order.getPaymentReference());
        model.put("orderUrl", publicBaseUrl + "/portal/orders/" + orderId);
        placed.instructions().ifPresent(pay -> {
            model.put("beneficiary", pay.beneficiary());
            model.put("iban", pay.iban());
            model.put("dueBy", longDate(pay.dueBy(), locale));
        });
        return notifications.send(new Mail(confirmationKey(orderId), order.getOrderedBy(), customer.getLanguage(),
                "portal-renewal-confirmation", model, placed.productName()));
    }

    private static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    @Override
    public void destroy() {
        linkSender.shutdown();
    }
}
