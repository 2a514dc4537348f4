package it.semaforo.telephony;

import it.semaforo.deals.ActivityType;

/** What the phone system reports, and the activity each becomes. */
public enum PhoneEventType {

    /** An operator called the customer and they talked. */
    OUTBOUND_CALL(ActivityType.CALL),
    /** An operator called and the customer was busy or did not answer: call again at the given time. */
    BUSY(ActivityType.CALL),
    /** An appointment held on the phone. */
    PHONE_APPOINTMENT(ActivityType.PHONE_APPOINTMENT),
    /** The customer called in. */
    INBOUND_CALL(ActivityType.INBOUND_CALL);

    private final ActivityType activityType;

    PhoneEventType(ActivityType activityType) {
        this.activityType = activityType;
    }

    public ActivityType activityType() {
        return activityType;
    }
}
