package org.ctorole.model.profile;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The backup of a system.
 *
 * <pre>{@code Backup.builder(BackupSchedule.DAILY, LocalDate.of(2026, 10, 31)).offsite(true).build()}</pre>
 *
 * @param schedule             how often it runs (required)
 * @param lastSuccessfulBackup date of the last good backup (required)
 * @param lastRestoreTest      date of the last restore test; empty = never tested
 * @param offsite              whether a copy is kept offsite (default false)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Backup(BackupSchedule schedule, LocalDate lastSuccessfulBackup, Optional<LocalDate> lastRestoreTest,
                     boolean offsite) {
    public Backup {
        lastRestoreTest = Copies.optional(lastRestoreTest);
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code
     * Backup.builder(BackupSchedule.DAILY, LocalDate.of(2026, 10, 31)).offsite(true).build(); // never restore-tested
     * }</pre>
     */
    public static Builder builder(BackupSchedule schedule, LocalDate lastSuccessfulBackup) {
        return new Builder(schedule, lastSuccessfulBackup);
    }

    /** Builds a {@link Backup} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final BackupSchedule schedule;
        private final LocalDate lastSuccessfulBackup;
        private LocalDate lastRestoreTest;
        private boolean offsite = false;

        private Builder(BackupSchedule schedule, LocalDate lastSuccessfulBackup) {
            this.schedule = schedule;
            this.lastSuccessfulBackup = lastSuccessfulBackup;
        }

        /** Date of the last restore test; {@code null}: not given. */
        public Builder lastRestoreTest(LocalDate value) {
            lastRestoreTest = value;
            return this;
        }

        /** Whether a copy is kept offsite. */
        public Builder offsite(boolean value) {
            offsite = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Backup build() {
            return new Backup(schedule, lastSuccessfulBackup, Optional.ofNullable(lastRestoreTest), offsite);
        }
    }
}
