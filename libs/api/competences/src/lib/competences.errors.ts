import { notFound } from '@academy/api/core';

export const frameworkNotFound = () => notFound('Competence framework');
