-- Check Monitor (issue 5): where the credit-monitoring process resumes the provider's change feed. One row, the
-- "until" of the last poll; no row yet means the first poll asks for the whole feed.
create table credit_monitoring_cursor (
    id            integer primary key,
    polled_until  timestamp with time zone not null,
    polled_at     timestamp with time zone not null,
    constraint ck_credit_monitoring_cursor_single check (id = 1)
);
