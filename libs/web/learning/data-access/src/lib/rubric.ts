// A review's scoring (chosen levels, missing criteria, points) is written once for the API and
// both web apps in '@academy/shared/contracts'; the learning pages read a review's levels here.
export { chosenLevel } from '@academy/shared/contracts';
