package id.giliran.api.counseling;

import id.giliran.api.privacy.PersonalData;

/**
 * A request made for a student by someone else: their name, how they relate to the student and
 * why they ask. The signed-in person who entered it is the event's {@code requestedBy}.
 */
public record OnBehalfRequest(@PersonalData String requesterName, RequesterRelation relation, @PersonalData String reason) {
}
