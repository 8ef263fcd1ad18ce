/**
 * Natural persons, kept to the minimum a municipality needs to link signals: a local key, an
 * optional national identifier, a name and a birth date.
 *
 * <p>Start with {@link eu.barrier.core.person.Person}. By design the model has no field for
 * nationality, ethnicity, religion, language, country of birth or gender, nor for any proxy of
 * them: these must never feed an automated score (the SyRI judgment and the Dutch
 * childcare-benefits scandal), so the model offers no place to put them.
 */
package eu.barrier.core.person;
