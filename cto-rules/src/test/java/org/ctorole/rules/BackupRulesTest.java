package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.backup;
import static org.ctorole.rules.Profiles.daysAgo;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.system;

import org.ctorole.model.profile.BackupSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mirrors backups.drl: missing-backup, untested-backup, stale-backup, no-offsite-copy. */
class BackupRulesTest {

    // ---- missing-backup

    @Test
    void missingBackupOfACriticalSystemIsCritical() {
        Assessment a = assess(healthy().system(system("orders", true, true, null)));

        assertThat(keys(a)).containsExactlyInAnyOrder("missing-backup orders CRITICAL");
        Finding f = reported(a, "missing-backup", "orders");
        assertThat(f.evidenceValues()).containsEntry("critical", true);
    }

    @Test
    void missingBackupOfAnotherSystemIsHigh() {
        Assessment a = assess(healthy().system(system("wiki", true, false, null)));

        assertThat(keys(a)).containsExactlyInAnyOrder("missing-backup wiki HIGH");
        assertThat(reported(a, "missing-backup", "wiki").evidenceValues()).containsEntry("critical", false);
    }

    @Test
    void missingBackupDoesNotFireForASystemHoldingNoData() {
        assertThat(keys(assess(healthy().system(system("cdn", false, true, null))))).isEmpty();
    }

    // ---- untested-backup

    @Test
    void untestedBackupWhenNeverRestoreTested() {
        Assessment a = assess(healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, null, true))));

        assertThat(keys(a)).containsExactlyInAnyOrder("untested-backup wiki HIGH");
        Finding f = reported(a, "untested-backup", "wiki");
        assertThat(f.evidenceValues()).containsExactly(entry("lastRestoreTest", null),
                entry("restoreTestMaxAgeDays", 90L), entry("policy", SCALEUP));
        assertThat(f.message()).isEqualTo("The backup of wiki has never been restore-tested");
    }

    @Test
    void untestedBackupWhenLastRestoreTest91DaysAgo() {
        Assessment a = assess(healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 91L, true))));

        assertThat(keys(a)).containsExactlyInAnyOrder("untested-backup wiki HIGH");
        Finding f = reported(a, "untested-backup", "wiki");
        assertThat(f.evidenceValues()).containsExactly(entry("lastRestoreTest", daysAgo(91)),
                entry("daysSinceRestoreTest", 91L), entry("restoreTestMaxAgeDays", 90L), entry("policy", SCALEUP));
        assertThat(f.message()).contains("91");
    }

    @Test
    void untestedBackupDoesNotFireWhenLastRestoreTest90DaysAgo() {
        assertThat(keys(assess(healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 90L, true))))))
                .isEmpty();
    }

    // ---- stale-backup

    @ParameterizedTest(name = "{0} backup {1} days old")
    @CsvSource({"DAILY, 3, 2", "WEEKLY, 15, 14", "MONTHLY, 61, 60"})
    void staleBackup(BackupSchedule schedule, long daysOld, int maxAgeDays) {
        Assessment a = assess(healthy().system(system("wiki", true, false, backup(schedule, daysOld, 1L, true))));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-backup wiki HIGH");
        Finding f = reported(a, "stale-backup", "wiki");
        assertThat(f.evidenceValues()).containsExactly(entry("lastSuccessfulBackup", daysAgo(daysOld)),
                entry("daysSinceBackup", daysOld), entry("schedule", schedule.name()),
                entry("staleAfter", (long) maxAgeDays), entry("staleBackupFactor", 2L), entry("policy", SCALEUP));
    }

    @ParameterizedTest(name = "{0} backup {1} days old")
    @CsvSource({"DAILY, 2", "WEEKLY, 14", "MONTHLY, 60"})
    void staleBackupDoesNotFireAtTwiceTheSchedule(BackupSchedule schedule, long daysOld) {
        assertThat(keys(assess(healthy().system(system("wiki", true, false, backup(schedule, daysOld, 1L, true))))))
                .isEmpty();
    }

    // ---- no-offsite-copy

    @Test
    void noOffsiteCopy() {
        Assessment a = assess(healthy().system(system("orders", true, true, backup(BackupSchedule.DAILY, 1, 1L, false))));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-offsite-copy orders MEDIUM");
        assertThat(reported(a, "no-offsite-copy", "orders").evidenceValues()).containsEntry("offsite", false);
    }

    @Test
    void noOffsiteCopyDoesNotFireForANonCriticalSystem() {
        assertThat(keys(assess(healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 1L, false))))))
                .isEmpty();
    }
}
