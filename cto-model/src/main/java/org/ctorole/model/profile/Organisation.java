package org.ctorole.model.profile;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The organisation assessed. {@code assessedOn} is "today" for every age check: no rule reads
 * the wall clock, so an assessment can be repeated and compared.
 *
 * <pre>{@code new Organisation("northwind", "Northwind Retail", Stage.SCALEUP, 180, LocalDate.of(2026, 11, 1))}</pre>
 *
 * @param id         stable identifier, used as the subject of organisation-wide findings
 * @param name       display name (optional)
 * @param stage      growth stage (optional)
 * @param headcount  number of employees (optional)
 * @param assessedOn the reference date of the assessment (required)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Organisation(String id, String name, Stage stage, Integer headcount, LocalDate assessedOn) {
}
