package it.semaforo.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.platform.SecretTokens;

/**
 * Each user's private iCalendar feed. The secret token is shown once, when made; only its SHA-256 is stored, and
 * a feed is found by the hash of the token in the URL (an indexed equality on a digest, so no comparison of
 * secrets leaks timing). Rotating replaces the token; revoking ends the feed.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    /** Appointments that ended longer ago than this are left out of the feed. */
    static final Duration PAST = Duration.ofDays(30);

    private final CalendarFeedRepository feeds;
    private final AppointmentRepository appointments;
    private final Customers customers;
    private final Clock clock;
    private final String publicBaseUrl;

    CalendarFeeds(CalendarFeedRepository feeds, AppointmentRepository appointments, Customers customers,
                  Clock clock, @Value("${semaforo.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.customers = customers;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The user's feed, live or revoked, if one was ever made. */
    public Optional<CalendarFeed> of(String userId) {
        return feeds.findByUserId(userId);
    }

    /**
     * Makes the user's feed or gives it a new token; answers its subscription URL
     * ({@code <semaforo.public-base-url>/calendar/<token>.ics}), which is never known again.
     */
    @Transactional
    public String rotate(String userId) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        feeds.findByUserId(userId).ifPresentOrElse(
                feed -> feed.rotate(SecretTokens.hash(token), now),
                () -> feeds.save(new CalendarFeed(userId, SecretTokens.hash(token), now)));
        return publicBaseUrl + "/calendar/" + token + ".ics";
    }

    /** Ends the user's feed: its URL answers 404 from now on. Nothing to do without a live feed. */
    @Transactional
    public void revoke(String userId) {
        feeds.findByUserId(userId).filter(CalendarFeed::isActive).ifPresent(feed -> feed.revoke(clock.instant()));
    }

    /**
     * The iCalendar document of the live feed with this token: the owner's live appointments that ended in the
     * last 30 days or later. Cancelled appointments are left out, so subscribed clients remove them at their next
     * refresh. Empty for an unknown or revoked token.
     */
    public Optional<String> render(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenHashAndRevokedAtIsNull(SecretTokens.hash(token)).map(feed -> {
            List<Appointment> entries = appointments.findByUserIdAndCancelledFalseAndEndsAtAfterOrderByStartsAtAsc(
                    feed.getUserId(), clock.instant().minus(PAST));
            Map<Long, String> customerNames = customers.byIds(entries.stream().map(Appointment::getCustomerId)
                            .filter(Objects::nonNull).collect(Collectors.toSet()))
                    .values().stream().collect(Collectors.toMap(Customer::getId, Customer::getName));
            return AppointmentCalendar.write(feed.getUserId(), entries, customerNames);
        });
    }
}
