package it.semaforo.customers;

import it.semaforo.platform.Groups;

/** The roles a customer has an owner for; an owner must belong to the role's Camunda group. */
public enum OwnerRole {
    SELLER(Groups.SALES), ADMINISTRATION(Groups.ADMINISTRATION);

    private final String group;

    OwnerRole(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
