/**
 * The pages a list service sends a reader to after subscribing, confirming or
 * unsubscribing. They exist only when the site has a subscribe endpoint.
 */
export const SUBSCRIBE_PAGES = {
  'check-your-inbox': {
    title: 'Check your inbox',
    description: 'One more step: confirm your subscription from the email we just sent.',
    body: [
      'We have sent you an email with a link to confirm your subscription. Nothing else will arrive until you follow it: this is double opt-in, so nobody can subscribe an address that is not theirs.',
      'If the email has not arrived within a few minutes, look in your spam or promotions folder, or subscribe again to have it sent once more.',
    ],
  },
  confirmed: {
    title: 'You are subscribed',
    description: 'Your subscription is confirmed: the next issue will arrive in your inbox.',
    body: [
      'Thank you for confirming. The next issue will arrive in your inbox on the day it is published, with a link to read it on the site and a short quiz.',
      'Every email ends with a link to unsubscribe in one click, and one to manage your subscription.',
    ],
  },
  unsubscribed: {
    title: 'You are unsubscribed',
    description: 'Your address has been removed from the mailing list.',
    body: [
      'You will get no more issues by email. If that was a mistake, you can subscribe again at any time; we will ask you to confirm once more.',
      'Every issue stays free to read on the site and in the feeds.',
    ],
  },
} as const;
