-- Telephony and profitability analytics: who changed a cost rate and when, the rates phone events need, and the
-- indexes of the period queries (activities by when they happened, deals by when they were closed).

alter table cost_rate add column updated_by varchar(64);
alter table cost_rate add column updated_at timestamp with time zone;

-- a seller answering the phone (INBOUND_CALL) costs the same as a seller calling out
insert into cost_rate (role, activity_type, hourly_rate, fixed_amount, version) values
    ('sales', 'INBOUND_CALL', 40.00, null, 0);

create index ix_activity_occurred on activity (occurred_at);
create index ix_deal_closed on deal (status, closed_at);
