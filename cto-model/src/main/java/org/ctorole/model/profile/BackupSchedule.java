package org.ctorole.model.profile;

import org.apiguardian.api.API;

/** How often a backup is meant to run; a backup is stale after twice its interval. */
@API(status = API.Status.STABLE, since = "0.1")
public enum BackupSchedule {
    DAILY(1),
    WEEKLY(7),
    MONTHLY(30);

    private final int intervalDays;

    BackupSchedule(int intervalDays) {
        this.intervalDays = intervalDays;
    }

    /** Days between two planned backups. */
    public int intervalDays() {
        return intervalDays;
    }
}
