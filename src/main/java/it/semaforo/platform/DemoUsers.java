package it.semaforo.platform;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo users of the default ("demo") profile only: {@code demo/demo} (camunda-admin, managers) and one operator
 * per group whose password is the user id. The camunda-admin group and the demo user itself are created by the
 * starter from {@code camunda.bpm.admin-user}. Idempotent: runs at every start and only adds what is missing.
 */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** user id → (first name, last name, group). */
    private static final Map<String, List<String>> OPERATORS = Map.of(
            "sara", List.of("Sara", "Bianchi", Groups.SALES),
            "carlo", List.of("Carlo", "Russo", Groups.CALLCENTER),
            "anna", List.of("Anna", "Ferrari", Groups.ADMINISTRATION));

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    DemoUsers(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createDemoUsers() {
        Groups.ALL.forEach((id, name) -> ensureGroup(id, name));
        OPERATORS.forEach((id, data) -> {
            ensureUser(id, data.get(0), data.get(1));
            ensureMembership(id, data.get(2));
        });
        ensureMembership("demo", Groups.MANAGERS);

        for (String operators : List.of(Groups.SALES, Groups.CALLCENTER, Groups.ADMINISTRATION, Groups.MANAGERS)) {
            grant(operators, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(operators, Resources.FILTER, ANY, Permissions.READ);
            grant(operators, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL);
        grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL);
        grant(Groups.MANAGERS, Resources.TASK, ANY, Permissions.ALL);
        grant(Groups.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        log.info("Demo users ready: demo/demo, sara/sara (sales), carlo/carlo (callcenter), anna/anna (administration)");
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void ensureUser(String id, String firstName, String lastName) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@semaforo.local");
            user.setPassword(id);
            identityService.saveUser(user);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /** Adds the permission to the group's single authorization for that resource (Camunda allows one per group). */
    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
