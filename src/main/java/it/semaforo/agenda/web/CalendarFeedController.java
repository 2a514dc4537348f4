package it.semaforo.agenda.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.agenda.CalendarFeed;
import it.semaforo.agenda.CalendarFeeds;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.NotFoundException;

/**
 * The caller's private iCalendar feed ({@code /api/agenda/feed}) and the feed itself, {@code /calendar/<token>.ics}:
 * public, because calendar clients cannot sign in; the secret token in the URL is the authentication.
 */
@RestController
@Tag(name = "Agenda", description = "Operators' appointments and calls, free slots, external busy times")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Clock clock;

    CalendarFeedController(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** The state of the caller's feed; the URL itself is only ever shown when it is made. */
    record FeedStatus(boolean active, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    /** A new feed address: shown this once. */
    record NewFeed(String url, OffsetDateTime createdAt) {
    }

    @GetMapping("/api/agenda/feed")
    @Operation(summary = "Whether the caller has a live calendar feed (never its URL)")
    FeedStatus status() {
        return feeds.of(Viewer.current().userId())
                .map(feed -> new FeedStatus(feed.isActive(), time(feed.getCreatedAt()), time(feed.getRevokedAt())))
                .orElse(new FeedStatus(false, null, null));
    }

    @PostMapping("/api/agenda/feed")
    @Operation(summary = "Make the caller's calendar feed, or give it a new secret address",
            description = "Answers the subscription URL once (only its hash is stored); the previous URL stops "
                    + "working. Subscribe to it from Outlook or Google Calendar (\"from URL\").")
    @ApiResponse(responseCode = "201", description = "The new feed URL")
    ResponseEntity<NewFeed> rotate() {
        String userId = Viewer.current().userId();
        String url = feeds.rotate(userId);
        CalendarFeed feed = feeds.of(userId).orElseThrow();
        return ResponseEntity.created(URI.create(url)).cacheControl(CacheControl.noStore())
                .body(new NewFeed(url, time(feed.getCreatedAt())));
    }

    @DeleteMapping("/api/agenda/feed")
    @Operation(summary = "Revoke the caller's calendar feed: its URL answers 404 from now on")
    @ApiResponse(responseCode = "204", description = "Revoked (also when there was none)")
    ResponseEntity<Void> revoke() {
        feeds.revoke(Viewer.current().userId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/calendar/{token}.ics")
    @Operation(summary = "A private calendar feed (iCalendar), without sign-in: the token is the key",
            description = "Unknown or revoked tokens answer 404.")
    ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = feeds.render(token).orElseThrow(() -> new NotFoundException("Calendar", "feed"));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                // personal data: only the subscriber's own client may keep a copy, for a few minutes
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .body(calendar);
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
