/**
 * The open dialog, in a sibling chunk of its own: its styles and template, the reason picker
 * (search, listbox, keyboard), what the one in front says about those waiting, and the
 * sentences they say. The first dialog's first update loads it (`updateComplete` waits for
 * it; until it is here a dialog renders nothing), and the drop-in fetches it when the page is
 * first idle, so the first wrap-up of a shift does not wait for the network. The wrap-up
 * itself (the deadline, the automatic submit, the stored record) does not need it: that part
 * is in the drop-in, so it holds even if this chunk never arrives.
 */
export { styles } from './styles.js';
export { dialogBody, dialogFrame } from './dialog-view.js';
export { waitingList, autoSentText } from './waiting-view.js';
export { ReasonPicker } from '../picker/reason-picker.js';
export { byCount, headingFor, matchCount, noticeText } from './messages.js';
