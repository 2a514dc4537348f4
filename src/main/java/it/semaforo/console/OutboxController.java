package it.semaforo.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.notifications.Notifications;
import it.semaforo.notifications.OutboxStatus;
import it.semaforo.platform.Viewer;

/**
 * The e-mail outbox, newest first, by status. It lists e-mails to every customer, so it is for those who see every
 * customer (managers, administration); sellers find their customers' e-mails in each card's timeline.
 */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final Notifications notifications;
    private final boolean demoMailbox;

    OutboxController(Notifications notifications,
                     @Value("${semaforo.mail.embedded-smtp.enabled:false}") boolean demoMailbox) {
        this.notifications = notifications;
        this.demoMailbox = demoMailbox;
    }

    @GetMapping("/outbox")
    String outbox(@RequestParam(required = false) OutboxStatus status, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        if (!Viewer.current().seesAllCustomers()) {
            throw new ConsoleErrors.Forbidden();
        }
        model.addAttribute("results", notifications.latest(status, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("demoMailbox", demoMailbox);
        return "console/outbox";
    }
}
