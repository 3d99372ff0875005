import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import App from './App.vue';
import HomePage from './HomePage.vue';
import ThankYouPage from './ThankYouPage.vue';

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: HomePage },
    { path: '/thank-you/:key', component: ThankYouPage },
  ],
});

createApp(App).use(router).mount('#app');
