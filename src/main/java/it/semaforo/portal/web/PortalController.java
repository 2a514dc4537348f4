package it.semaforo.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.semaforo.portal.PortalServices;
import it.semaforo.portal.RenewalOrder;

/**
 * The signed-in customer's pages: "Le mie scadenze", the checkout of a quick renewal, and the renewal order. Ids of
 * other customers' services or orders answer 404, like ids that do not exist.
 */
@Controller
class PortalController {

    private final PortalServices services;

    PortalController(PortalServices services) {
        this.services = services;
    }

    @GetMapping({"/portal", "/portal/"})
    String myServices(Model model) {
        model.addAttribute("services", services.services(PortalSecurity.customer()));
        return "portal/services";
    }

    @GetMapping("/portal/services/{id}/renew")
    String checkout(@PathVariable long id, Model model) {
        model.addAttribute("checkout", services.checkout(PortalSecurity.customer(), id));
        return "portal/checkout";
    }

    /** Renews once: a second click or a replayed form lands on the same order. */
    @PostMapping("/portal/services/{id}/renew")
    String renew(@PathVariable long id, @RequestParam String paymentMethod) {
        RenewalOrder order = services.renew(PortalSecurity.customer(), id, paymentMethod);
        return "redirect:/portal/orders/" + order.getId();
    }

    @GetMapping("/portal/orders/{id}")
    String order(@PathVariable long id, Model model) {
        model.addAttribute("placed", services.order(PortalSecurity.customer(), id));
        return "portal/order";
    }
}
