// What CoffeeBot sells and when: prices in cents, opening hours in minutes since midnight.

export const OPENING = { open: 7 * 60, close: 19 * 60 };
export const LEAD_MINUTES = 10;
export const MAX_DRINKS = 10;

const BASE = { latte: 320, cappuccino: 300, espresso: 220, 'flat white': 340, americano: 260 };
const SIZE = { small: 0, medium: 40, large: 80 };

export function price(drink, size) {
  return BASE[drink] + SIZE[size];
}

export function plural(drink, count) {
  return count === 1 ? drink : `${drink}s`;
}

export function hhmm(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function minutesOf(time) {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
