-- Credit checks (issue 5): the latest known credit standing of each customer, supplier or prospect, and the
-- administration's decision on it. Later migrations add the checks, the lookup log, the cache and risk events.
create table credit_status (
    customer_id       bigint primary key references customer (id),
    vat_number        varchar(11) not null,
    light             varchar(8) not null,
    -- the provider's rating: a score (higher is better) and its class, A (best) to E
    rating            integer,
    rating_class      varchar(8),
    risk_description  varchar(500),
    protests          integer not null,
    procedures        integer not null,
    foreclosures      integer not null,
    -- the provider does not know the subject: kept apart from the risk figures
    not_found         boolean not null,
    checked_at        timestamp with time zone not null,
    -- administration's review of a red light: ACCEPT, ADVANCE_PAYMENT or BLOCK_ORDERS
    decision          varchar(20),
    decided_by        varchar(64),
    decided_at        timestamp with time zone,
    version           bigint not null,
    constraint ck_credit_status_light check (light in ('GREEN', 'YELLOW', 'RED')),
    constraint ck_credit_status_decision check (decision is null
        or decision in ('ACCEPT', 'ADVANCE_PAYMENT', 'BLOCK_ORDERS'))
);
create index ix_credit_status_light on credit_status (light, rating_class);
