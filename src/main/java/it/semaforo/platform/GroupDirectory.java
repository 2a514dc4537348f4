package it.semaforo.platform;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Users and groups of Camunda's identity service, for modules that must not depend on Camunda themselves. */
@Component
public class GroupDirectory {

    private final IdentityService identityService;

    GroupDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** User ids of the group's members, sorted. */
    public List<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getId)
                .toList();
    }

    /** Ids of the groups the user belongs to (empty for an unknown user). */
    public Set<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
    }

    public boolean userExists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }
}
