package org.ctorole.model.profile;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The backup of a system.
 *
 * <pre>{@code new Backup(BackupSchedule.DAILY, LocalDate.of(2026, 10, 31), Optional.empty(), true)}</pre>
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
}
