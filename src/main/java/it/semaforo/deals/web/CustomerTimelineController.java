package it.semaforo.deals.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.Customers;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Activity;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.NewActivity;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/**
 * A customer's or prospect's timeline: notes, calls, meetings, offers, messages, newest first. Seen by whoever sees
 * the customer (someone else's is 404); anyone who sees it may add a note, the call center too.
 */
@RestController
@Tag(name = "Customers")
class CustomerTimelineController {

    /** The group that names a user's role when they have several, most specific first. */
    private static final List<String> ROLE_GROUPS = List.of(Groups.SALES, Groups.CALLCENTER, Groups.ADMINISTRATION,
            Groups.MANAGERS);

    private final Customers customers;
    private final Activities activities;

    CustomerTimelineController(Customers customers, Activities activities) {
        this.customers = customers;
        this.activities = activities;
    }

    record ActivityView(long id, ActivityType type, Instant occurredAt, String userId, String role,
                        int durationMinutes, String description, Long dealId, Long campaignId) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.getId(), a.getType(), a.getOccurredAt(), a.getUserId(), a.getRole(),
                    a.getDurationMinutes(), a.getDescription(), a.getDealId(), a.getCampaignId());
        }
    }

    record Note(@NotBlank @Size(max = 2000) String text) {
    }

    @GetMapping("/api/customers/{id}/timeline")
    @Operation(summary = "What was done with the customer, newest first: who, when, how long, what")
    @ApiResponse(responseCode = "404", description = "No such customer, or the caller may not see it")
    List<ActivityView> timeline(@PathVariable long id) {
        customers.get(id, Viewer.current());
        return activities.timeline(id).stream().map(ActivityView::of).toList();
    }

    @PostMapping("/api/customers/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the customer's timeline, by the caller, now")
    ActivityView note(@PathVariable long id, @Valid @RequestBody Note note) {
        Viewer viewer = Viewer.current();
        customers.get(id, viewer);
        return ActivityView.of(activities.record(new NewActivity(id, null, ActivityType.NOTE, roleOf(viewer),
                viewer.userId(), null, 0, note.text().strip(), null)));
    }

    /** The user's main group (sales, callcenter, administration, managers, in that order), else any of theirs. */
    private static String roleOf(Viewer viewer) {
        return Stream.concat(ROLE_GROUPS.stream().filter(viewer::isMemberOf), viewer.groups().stream().sorted())
                .findFirst().orElse("none");
    }
}
