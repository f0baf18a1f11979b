package org.ctorole.rules.facts;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.ctorole.model.profile.BackupSchedule;

/**
 * A system and its backup, dates turned into ages in days before assessedOn. Backup fields are
 * meaningless when {@code backedUp} is false. {@code backupAgeInIntervals} is the age of the last
 * backup in schedule intervals (days / interval): exact for whole multiples, so comparing it with
 * a whole factor is the same as comparing days with factor × interval.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SystemFact(String id, boolean holdsData, boolean critical, boolean backedUp, BackupSchedule schedule,
                         int intervalDays, LocalDate lastSuccessfulBackup, long daysSinceBackup,
                         double backupAgeInIntervals,
                         boolean restoreTested, LocalDate lastRestoreTest, long daysSinceRestoreTest,
                         boolean offsite) {
}
