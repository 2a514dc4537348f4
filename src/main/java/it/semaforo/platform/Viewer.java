package it.semaforo.platform;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking: a signed-in user and their Camunda groups. Domain services take a viewer to decide what it may
 * see, without knowing about Spring Security.
 */
public record Viewer(String userId, Set<String> groups) {

    public Viewer {
        groups = Set.copyOf(groups);
    }

    /** Managers and administration see every customer; everyone else only the customers they own. */
    public boolean seesAllCustomers() {
        return groups.contains(Groups.MANAGERS) || groups.contains(Groups.ADMINISTRATION)
                || groups.contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }

    /** The viewer of the current request, from the {@code GROUP_<id>} authorities set at sign-in. */
    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No signed-in user");
        }
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("GROUP_"))
                .map(authority -> authority.substring("GROUP_".length()))
                .collect(Collectors.toSet());
        return new Viewer(authentication.getName(), groups);
    }
}
