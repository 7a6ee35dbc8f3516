import angular from '../../../../tools/eslint/angular.config.mjs';

export default angular;
