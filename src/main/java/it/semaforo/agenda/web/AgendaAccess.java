package it.semaforo.agenda.web;

import org.springframework.stereotype.Component;

import it.semaforo.platform.GroupDirectory;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Whose agenda a request is about. Everyone has their own; managers and the call center (who book for sellers)
 * may also look at and book into other users' agendas. Anyone else asking for another agenda gets 403: the rule
 * is about groups, not about a record that may or may not exist.
 */
@Component
class AgendaAccess {

    private final GroupDirectory directory;

    AgendaAccess(GroupDirectory directory) {
        this.directory = directory;
    }

    static boolean actsForOthers(Viewer viewer) {
        return viewer.isMemberOf(Groups.MANAGERS) || viewer.isMemberOf(Groups.CALLCENTER);
    }

    /** The agenda to read: the viewer's own when {@code user} is absent; 403 or 404 as described above. */
    String toRead(Viewer viewer, String user) {
        if (isOwn(viewer, user)) {
            return viewer.userId();
        }
        if (!actsForOthers(viewer)) {
            throw Forbidden.because("semaforo.agenda.othersAgenda");
        }
        if (!directory.userExists(user)) {
            throw new NotFoundException("User", user);
        }
        return user;
    }

    /** The agenda to book into: the viewer's own, or (managers, call center) a seller's; else 400 on userId. */
    String toBook(Viewer viewer, String user) {
        if (isOwn(viewer, user)) {
            return viewer.userId();
        }
        if (!actsForOthers(viewer)) {
            throw Forbidden.because("semaforo.agenda.othersAgenda");
        }
        if (!directory.groupsOf(user).contains(Groups.SALES)) {
            throw new InvalidInputException("userId", "semaforo.agenda.notASeller", user);
        }
        return user;
    }

    private static boolean isOwn(Viewer viewer, String user) {
        return user == null || user.isBlank() || user.equals(viewer.userId());
    }

}
