// The list is data of the domain (src/domain/parties); this module keeps the import path the commands use.
export { partyList, searchParties } from '../domain/parties/parties.js';
