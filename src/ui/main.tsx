/// <reference types="vite/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './AppRoutes.tsx';
import './app.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><AppRoutes /></StrictMode>);
