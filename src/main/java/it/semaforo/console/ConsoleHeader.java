package it.semaforo.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/** What the page header shows: who is signed in, the menu they may use, and the language switch links. */
@Component("consoleHeader")
class ConsoleHeader {

    /** The signed-in user as the header shows them. */
    record Me(String userId, String displayName, boolean manager, boolean seesAllCustomers, boolean cockpit) {
    }

    private final ProcessLinks processLinks;

    ConsoleHeader(ProcessLinks processLinks) {
        this.processLinks = processLinks;
    }

    /** The signed-in user, or {@code null} on public pages. */
    public Me me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Viewer viewer = Viewer.current();
        return new Me(viewer.userId(), processLinks.displayName(viewer.userId()),
                viewer.isMemberOf(Groups.MANAGERS), viewer.seesAllCustomers(),
                viewer.isMemberOf(Groups.MANAGERS) || viewer.isMemberOf(Groups.CAMUNDA_ADMIN));
    }

    public String language() {
        return ConsoleFormat.english() ? "en" : "it";
    }

    /** The current page in another language: same path and query, {@code lang} replaced. */
    public String languageUrl(String lang) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + lang;
        }
        HttpServletRequest request = attributes.getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", lang).build().toUriString();
    }
}
