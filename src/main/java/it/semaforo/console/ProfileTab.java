package it.semaforo.console;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.platform.Viewer;

/**
 * The customer's record: kind, names, tax ids, e-mail, language, owners, last recall; for a prospect its state,
 * the archive reason and, for those who may change it, the archive / reopen action.
 */
@Component
class ProfileTab implements CustomerTab {

    private final ProcessLinks processLinks;

    ProfileTab(ProcessLinks processLinks) {
        this.processLinks = processLinks;
    }

    @Override
    public String id() {
        return "profile";
    }

    @Override
    public String titleCode() {
        return "console.tab.profile";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "console/tabs/profile";
    }

    @Override
    public Map<String, Object> model(Customer customer, Viewer viewer) {
        Map<String, Object> model = new HashMap<>();
        model.put("ownerName", processLinks.displayName(customer.getOwnerUserId()));
        model.put("adminOwnerName", processLinks.displayName(customer.getAdminOwnerUserId()));
        model.put("mayArchive", customer.getKind() == CustomerKind.PROSPECT && customer.isChangeableBy(viewer));
        return model;
    }
}
