// A chat agent's desktop: chats end 3 s apart (`?run=…` names the interactions), each with its
// own open <wrapup-dialog>, as a host would add them.
const run = new URLSearchParams(location.search).get('run');
const chats = [
  { subject: 'Ana Novak · chat', autoWrapup: 20 },
  { subject: 'Marko Kranjc · chat', autoWrapup: 30 },
  { subject: 'Eva Horvat · chat', autoWrapup: 40 },
];
chats.forEach(({ subject, autoWrapup }, i) =>
  setTimeout(() => {
    const dialog = document.createElement('wrapup-dialog');
    dialog.interactionId = `${run}-${i + 1}`;
    dialog.channel = 'chat';
    dialog.subject = subject;
    dialog.endedAt = Date.now();
    dialog.autoWrapup = autoWrapup;
    dialog.defaultReason = 'other';
    dialog.submitUrl = '/api/interactions/{interactionId}/wrapup';
    dialog.reasons = [
      { id: 'billing', name: 'Billing question' },
      { id: 'other', name: 'Other' },
    ];
    dialog.open = true;
    document.body.append(dialog);
  }, i * 3000),
);
